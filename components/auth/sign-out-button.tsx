import { signOutAction } from "@/lib/auth/session-actions";

/** A form, not a script: signing out works before the page's JavaScript has loaded, or without it. */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="hover:underline">
        Đăng xuất
      </button>
    </form>
  );
}
