// The app shell: Taro renders the current page as `children`.
// First: the runtime must know the extra aria attributes before anything renders (weapp).
import './a11y/weappAria';
import type { PropsWithChildren } from 'react';
import './app.scss';
import { registerPrivacyAuthorization } from './privacy/privacyAuthorization';

// Once, before any page can call a privacy API (WeChat only; nothing on H5).
registerPrivacyAuthorization();

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
