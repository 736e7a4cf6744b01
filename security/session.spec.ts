import { expect, test } from "../e2e/fixtures";
import { apiSignIn, signIn, signOut } from "../e2e/support";

// Sessions and sign-in from an attacker's side: forged addresses and replayed cookies.

test("a forged X-Forwarded-For gives a guesser no fresh addresses", async ({ request }) => {
  const outcomes: string[] = [];
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: "gia-mao@demo.local", password: `sai-${attempt}`, json: "true" },
      headers: { "X-Forwarded-For": `198.51.100.${attempt + 1}`, "X-Real-IP": `198.51.100.${attempt + 1}` },
      maxRedirects: 0,
    });
    outcomes.push(/error=(\w+)/.exec(response.headers().location ?? (await response.text()))?.[1] ?? "none");
    // Wait out the growing delay so that only the per-window cap can refuse.
    if (attempt >= 2) await new Promise((resolve) => setTimeout(resolve, 2_200));
  }
  expect(outcomes.slice(0, 5)).toEqual(Array(5).fill("CredentialsSignin"));
  expect(outcomes.slice(5)).toEqual(Array(3).fill("Throttled"));
});

test("the session cookie is HttpOnly and SameSite, new at every sign-in, and useless once signed out", async ({
  page,
  context,
  request,
  data,
}) => {
  // Signing out ends every session of the account: an account of the test's own.
  const district = await data.user("SUBMITTER", { unit: await data.unit({ kind: "DISTRICT" }) });
  await signIn(page, district);
  const first = (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"))!;
  expect([first.httpOnly, first.sameSite]).toEqual([true, "Lax"]);
  const session = async (cookie: string) =>
    (await request.get("/api/auth/session", { headers: { cookie: `${first.name}=${cookie}` } })).json() as Promise<{
      user?: { email?: string };
    }>;
  expect((await session(first.value)).user?.email).toBe(district.email);

  await apiSignIn(page.request, district.email, district.password);
  const second = (await context.cookies()).find((cookie) => cookie.name === first.name)!;
  expect(second.value).not.toBe(first.value);

  await page.goto("/dashboard");
  await signOut(page);
  expect(await session(first.value)).toEqual({});
  expect(await session(second.value)).toEqual({});
  const replayed = await request.get("/dashboard", { headers: { cookie: `${first.name}=${second.value}` }, maxRedirects: 0 });
  expect(replayed.status()).toBe(307);
  expect(replayed.headers().location).toContain("/login");
});
