import Taro from '@tarojs/taro';
import { pickImage, PrivacyRefusedError } from './pickedFile';

const taro = Taro as unknown as { chooseImage?: jest.Mock };

describe('pickImage', () => {
  afterEach(() => {
    delete taro.chooseImage;
  });

  it('is undefined when the user backs out of the picker', async () => {
    taro.chooseImage = jest.fn().mockRejectedValue({ errMsg: 'chooseImage:fail cancel' });
    await expect(pickImage()).resolves.toBeUndefined();
  });

  it("says so when the user disagreed with WeChat's privacy guide (errno 104)", async () => {
    taro.chooseImage = jest.fn().mockRejectedValue({
      errMsg: 'chooseImage:fail privacy permission is not authorized',
      errno: 104,
    });
    await expect(pickImage()).rejects.toBeInstanceOf(PrivacyRefusedError);
  });
});
