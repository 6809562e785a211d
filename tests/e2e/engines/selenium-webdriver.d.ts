// The few parts of selenium-webdriver 4 the WebKit driver uses (the package ships no types).
declare module 'selenium-webdriver' {
  export interface WebElement {
    click(): Promise<void>;
    clear(): Promise<void>;
    sendKeys(...keys: string[]): Promise<void>;
  }
  export interface WebDriver {
    get(url: string): Promise<void>;
    getCurrentUrl(): Promise<string>;
    navigate(): { refresh(): Promise<void> };
    executeScript<T>(script: string, ...args: unknown[]): Promise<T>;
    findElement(locator: unknown): Promise<WebElement>;
    takeScreenshot(): Promise<string>;
    manage(): { window(): { setRect(rect: { width: number; height: number }): Promise<void> } };
    quit(): Promise<void>;
  }
  export class Builder {
    usingServer(url: string): Builder;
    withCapabilities(capabilities: Record<string, unknown>): Builder;
    build(): Promise<WebDriver>;
  }
  export const By: { css(selector: string): unknown };
}
