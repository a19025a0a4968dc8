// Runs before every miniapp test file: a fresh Taro double, and the unmounting Testing Library
// does after each test.
import { cleanup } from '@testing-library/react';
import { taroDouble } from './mocks/taro';

beforeEach(() => {
  taroDouble.reset();
});

afterEach(() => {
  cleanup();
});
