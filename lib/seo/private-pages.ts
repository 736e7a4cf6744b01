import type { Metadata } from "next";

/**
 * Metadata of every signed-in area and of the sign-in pages: search engines leave them out of
 * their index even when a link to one leaks (robots.txt only asks them not to crawl).
 */
export const PRIVATE_PAGE_METADATA: Metadata = { robots: { index: false, follow: false } };
