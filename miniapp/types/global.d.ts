/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.jpg';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

/** Base URL of the HTTP API, set at build time by config/index.ts defineConstants. */
declare const API_BASE: string;

/** Comma-separated WeChat subscribe-message template ids, set at build time (may be empty). */
declare const SUBSCRIBE_TEMPLATE_IDS: string;

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by the Taro CLI to the build's platform. */
    TARO_ENV?: 'weapp' | 'h5';
    /** Overrides the default http://localhost:3000/v1 at build time. */
    API_BASE?: string;
    /** Reminder templates registered for the AppID, comma-separated. */
    SUBSCRIBE_TEMPLATE_IDS?: string;
  }
}
