/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.jpg';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

/** Base URL of the HTTP API, set at build time by config/index.ts defineConstants. */
declare const API_BASE: string;

/**
 * WeChat subscribe-message template ids per purpose as JSON ({"review": …, "reminder": …,
 * "status": …}), set at build time from WECHAT_TEMPLATE_* (may be "{}").
 */
declare const SUBSCRIBE_TEMPLATES: string;

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by the Taro CLI to the build's platform. */
    TARO_ENV?: 'weapp' | 'h5';
    /** Overrides the default http://localhost:3000/v1 at build time. */
    API_BASE?: string;
    /** Subscribe-message templates registered for the AppID (the server uses the same). */
    WECHAT_TEMPLATE_REVIEW_RESULT?: string;
    WECHAT_TEMPLATE_REMINDER?: string;
    WECHAT_TEMPLATE_STATUS?: string;
  }
}
