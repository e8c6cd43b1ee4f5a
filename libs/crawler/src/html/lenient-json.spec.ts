import { parseLenientJson } from './lenient-json';

describe('parseLenientJson', () => {
  it('parses valid JSON as is', () => {
    expect(parseLenientJson('{"a":[1,2],"b":"x, ]"}')).toEqual({ a: [1, 2], b: 'x, ]' });
  });

  it('drops trailing commas outside strings only', () => {
    expect(parseLenientJson('{"a":[1,2,],"b":"keep, }",}')).toEqual({ a: [1, 2], b: 'keep, }' });
  });

  it('escapes raw newlines and tabs inside strings', () => {
    expect(parseLenientJson('{"d":"line one\nline\ttwo"}')).toEqual({ d: 'line one\nline\ttwo' });
  });

  it('removes comments and HTML comment or CDATA wrappers', () => {
    expect(parseLenientJson('<!-- {"a":1} -->')).toEqual({ a: 1 });
    expect(parseLenientJson('//<![CDATA[\n{"a":1}\n//]]>')).toEqual({ a: 1 });
    expect(parseLenientJson('{\n// generated\n"a": /* one */ 1}')).toEqual({ a: 1 });
    expect(parseLenientJson('{"url":"https://x.example/a"}')).toEqual({ url: 'https://x.example/a' });
  });

  it("reads JavaScript's \\' escape and keeps stray backslashes", () => {
    expect(parseLenientJson(`{"t":"Kundenservice \\' 24/7","p":"C:\\qdir"}`)).toEqual({ t: "Kundenservice ' 24/7", p: 'C:\\qdir' });
  });

  it.each([[''], ['   '], ['{"a":'], ['not json'], ['{"a":"unterminated']])('gives undefined for %p', (text) => {
    expect(parseLenientJson(text)).toBeUndefined();
  });
});
