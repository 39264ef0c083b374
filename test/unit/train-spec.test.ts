import { describe, expect, it } from 'vitest';
import { parameterEnvName, parseDurationSeconds, parseParameters, parseTrainingJobSpec } from '../../src/train/spec.js';

describe('training job spec', () => {
  it.each([
    ['90s', 90],
    ['30m', 1800],
    ['1h30m', 5400],
    ['2h', 7200],
    ['1d', 86_400],
    ['45', 45],
    [120, 120],
    ['0', null],
    ['30 minutes', null],
    ['-5m', null],
    ['', null],
  ])('duration %j is %j seconds', (text, seconds) => {
    expect(parseDurationSeconds(text)).toBe(seconds);
  });

  it('fills defaults: no GPU, 6 hours, no policy requirements', () => {
    expect(parseTrainingJobSpec({ command: 'python train.py' })).toEqual({
      command: 'python train.py',
      gpu: { count: 0, shared: false },
      timeout: 21_600,
      env: {},
      parameters: {},
      policy: { 'require-gpu': false, 'require-image-digest': false, 'allowed-regions': [], 'allow-spot': false },
      data: {},
    });
  });

  it('names the field of a bad timeout, a bad env name and an unknown key', () => {
    expect(() => parseTrainingJobSpec({ command: 'x', timeout: 'soon' }, { file: 'train.yaml' })).toThrow(
      /train.yaml, field "timeout": "soon" is not a duration/,
    );
    expect(() => parseTrainingJobSpec({ command: 'x', env: { 'BAD-NAME': '1' } })).toThrow(/field "env.BAD-NAME": must be a valid environment variable name$/);
    expect(() => parseTrainingJobSpec({ command: 'x', gpus: 1 })).toThrow(/gpus/);
  });

  it('refuses a MIG profile with more than one device or with time-slicing', () => {
    expect(() => parseTrainingJobSpec({ command: 'x', gpu: { count: 2, 'mig-profile': '1g.10gb' } })).toThrow(/field "gpu.mig-profile"/);
    expect(() => parseTrainingJobSpec({ command: 'x', gpu: { count: 1, 'mig-profile': '1g.10gb', shared: true } })).toThrow(/field "gpu.shared"/);
    expect(parseTrainingJobSpec({ command: 'x', gpu: { count: 1, 'mig-profile': '3g.40gb', product: 'NVIDIA-H100-80GB-HBM3' } }).gpu).toEqual({
      count: 1,
      'mig-profile': '3g.40gb',
      product: 'NVIDIA-H100-80GB-HBM3',
      shared: false,
    });
  });

  it('types parameters and names their environment variables', () => {
    expect(parseParameters(['epochs=3', 'lr=0.001', 'ngram=char', 'shuffle=true'])).toEqual({ epochs: 3, lr: 0.001, ngram: 'char', shuffle: true });
    expect(() => parseParameters(['epochs'])).toThrow(/"epochs" is not NAME=VALUE/);
    expect(parameterEnvName('learning-rate')).toBe('DHOW_PARAM_LEARNING_RATE');
  });
});
