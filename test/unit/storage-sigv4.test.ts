/**
 * AWS Signature Version 4 against AWS's published examples. Every expected value below is copied from AWS's
 * documentation, never computed by the code under test:
 * - the S3 examples of "Signature Calculations for the Authorization Header: Transferring Payload in a Single
 *   Chunk" (docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html): GET Object, PUT Object,
 *   GET Bucket Lifecycle, GET Bucket (List Objects), keys AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY;
 * - the "aws-sig-v4-test-suite" (docs.aws.amazon.com/general/latest/gr/signature-v4-test-suite.html):
 *   get-vanilla, get-vanilla-query-order-key-case, post-vanilla, get-utf8, keys AKIDEXAMPLE / wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_SHA256, sha256Hex, signRequest, uriEncode } from '../../src/storage/sigv4.js';

const s3Credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const s3Scope = { region: 'us-east-1', service: 's3', now: new Date('2013-05-24T00:00:00Z') };
const suiteCredentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const suiteScope = { region: 'us-east-1', service: 'service', now: new Date('2015-08-30T12:36:00Z') };

describe('SigV4: the S3 documentation examples', () => {
  it('GET Object with a Range header', () => {
    const signed = signRequest(
      {
        method: 'GET',
        url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
        headers: { Range: 'bytes=0-9', 'x-amz-content-sha256': EMPTY_SHA256 },
        payloadHash: EMPTY_SHA256,
      },
      s3Credentials,
      s3Scope,
    );
    // The published string to sign, then the published signature.
    expect(signed.stringToSign).toBe(
      'AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972',
    );
    expect(signed.signature).toBe('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
    expect(signed.headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it('PUT Object: the key "test$file.text" is encoded once, the body hash is signed', () => {
    const body = 'Welcome to Amazon S3.';
    expect(sha256Hex(body)).toBe('44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072');
    const signed = signRequest(
      {
        method: 'PUT',
        url: new URL('https://examplebucket.s3.amazonaws.com/test$file.text'),
        headers: {
          Date: 'Fri, 24 May 2013 00:00:00 GMT',
          'x-amz-storage-class': 'REDUCED_REDUNDANCY',
          'x-amz-content-sha256': sha256Hex(body),
        },
        payloadHash: sha256Hex(body),
      },
      s3Credentials,
      s3Scope,
    );
    expect(signed.canonicalRequest.split('\n').slice(0, 2)).toEqual(['PUT', '/test%24file.text']);
    expect(signed.stringToSign.split('\n')[3]).toBe('9e0e90d9c76de8fa5b200d8c849cd5b8dc7a3be3951ddb7f6a76b4158342019d');
    expect(signed.signature).toBe('98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd');
  });

  it('GET Bucket Lifecycle: a bare query name signs as "lifecycle="', () => {
    const signed = signRequest(
      {
        method: 'GET',
        url: new URL('https://examplebucket.s3.amazonaws.com/?lifecycle'),
        headers: { 'x-amz-content-sha256': EMPTY_SHA256 },
        payloadHash: EMPTY_SHA256,
      },
      s3Credentials,
      s3Scope,
    );
    expect(signed.stringToSign.split('\n')[3]).toBe('9766c798316ff2757b517bc739a67f6213b4ab36dd5da2f94eaebf79c77395ca');
    expect(signed.signature).toBe('fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543');
  });

  it('GET Bucket (List Objects): the query is sorted', () => {
    const signed = signRequest(
      {
        method: 'GET',
        url: new URL('https://examplebucket.s3.amazonaws.com/?prefix=J&max-keys=2'),
        headers: { 'x-amz-content-sha256': EMPTY_SHA256 },
        payloadHash: EMPTY_SHA256,
      },
      s3Credentials,
      s3Scope,
    );
    expect(signed.canonicalRequest.split('\n')[2]).toBe('max-keys=2&prefix=J');
    expect(signed.signature).toBe('34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7');
  });
});

describe('SigV4: the aws-sig-v4-test-suite', () => {
  const vanilla = (method: string, url: string) =>
    signRequest({ method, url: new URL(url), headers: {}, payloadHash: EMPTY_SHA256 }, suiteCredentials, suiteScope).headers.authorization;

  it('get-vanilla', () => {
    expect(vanilla('GET', 'https://example.amazonaws.com/')).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
  });

  it('get-vanilla-query-order-key-case', () => {
    expect(vanilla('GET', 'https://example.amazonaws.com/?Param2=value2&Param1=value1')).toMatch(
      /Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500$/,
    );
  });

  it('post-vanilla', () => {
    expect(vanilla('POST', 'https://example.amazonaws.com/')).toMatch(/Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b$/);
  });

  it('get-utf8: a non-ASCII path is percent-encoded as UTF-8', () => {
    expect(vanilla('GET', 'https://example.amazonaws.com/ሴ')).toMatch(/Signature=8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85$/);
  });

  it('signs a session token as x-amz-security-token', () => {
    const signed = signRequest(
      { method: 'GET', url: new URL('https://example.amazonaws.com/'), headers: {}, payloadHash: EMPTY_SHA256 },
      { ...suiteCredentials, sessionToken: 'token-1' },
      suiteScope,
    );
    expect(signed.headers['x-amz-security-token']).toBe('token-1');
    expect(signed.headers.authorization).toContain('SignedHeaders=host;x-amz-date;x-amz-security-token,');
  });
});

describe('uriEncode', () => {
  it.each([
    ['a b', true, 'a%20b'],
    ['a+b', true, 'a%2Bb'],
    ['a/b', false, 'a/b'],
    ['a/b', true, 'a%2Fb'],
    ['A-z_0.9~', true, 'A-z_0.9~'],
    ["!'()*", true, '%21%27%28%29%2A'],
  ])('%s (slash encoded: %s) is %s', (input, slash, expected) => {
    expect(uriEncode(input, slash)).toBe(expected);
  });
});
