import { describe, expect, it } from "vitest";
import { passwordProblem } from "./common-passwords";
import { changePasswordSchema, PASSWORD_MAX_LENGTH, setPasswordSchema } from "./password-schema";

const TOKEN = "a".repeat(43);
const valid = (password: string) => setPasswordSchema.safeParse({ token: TOKEN, password, confirmPassword: password }).success;

describe("password rules (ASVS 6.2)", () => {
  it("need at least 8 characters as people count them, and allow long passphrases", () => {
    expect(valid("1234567")).toBe(false);
    expect(valid("mậtkhẩu")).toBe(false);
    expect(valid("mậtkhẩu!")).toBe(true);
    expect(valid("x".repeat(128))).toBe(true);
    expect(valid("trời hôm nay nhiều mây cực ".repeat(30).slice(0, PASSWORD_MAX_LENGTH))).toBe(true);
    expect(valid("x".repeat(PASSWORD_MAX_LENGTH + 1))).toBe(false);
  });

  it("set no composition rules: letters only, digits only or spaces are all accepted if long and uncommon", () => {
    for (const password of ["hoabanglanghong", "8305927164", "ba bốn năm sáu bảy"]) {
      expect(valid(password)).toBe(true);
      expect(passwordProblem(password, "a@b.vn")).toBeNull();
    }
  });

  it("refuse common passwords whatever their case, and the user's own address", () => {
    for (const password of ["password", "PASSWORD1", "iloveyou", "anhyeuem", "qwertyuiop", "12345678"]) {
      expect(passwordProblem(password, "a@b.vn"), password).toMatch(/phổ biến/);
    }
    expect(passwordProblem("nguyen.van.a@so.gov.vn", "nguyen.van.a@so.gov.vn")).toMatch(/email/);
    expect(passwordProblem("Nguyen.Van.A", "nguyen.van.a@so.gov.vn")).toMatch(/email/);
  });

  it("ask for the new password twice, and the current one to change it", () => {
    expect(
      setPasswordSchema.safeParse({ token: TOKEN, password: "mot hai ba bon", confirmPassword: "mot hai ba nam" }).error
        ?.issues[0]?.path,
    ).toEqual(["confirmPassword"]);
    expect(
      changePasswordSchema.safeParse({ currentPassword: "", password: "mot hai ba bon", confirmPassword: "mot hai ba bon" })
        .success,
    ).toBe(false);
  });
});
