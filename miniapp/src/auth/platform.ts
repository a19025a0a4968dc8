// Which login the build offers: WeChat's own on the mini-program, the dev form on H5 (the
// local and test stacks; a deployed server refuses the dev provider anyway).
export function offersDevLogin(): boolean {
  return process.env.TARO_ENV === 'h5';
}
