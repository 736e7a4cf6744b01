import type { Metadata } from "next";
import { CatalogueView } from "@/components/catalogue/catalogue-view";
import { parseCatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { searchCatalogue } from "@/lib/catalogue/search-catalogue";

export const metadata: Metadata = { title: "Dự án kêu gọi đầu tư" };

export default async function ProjectsPage({ searchParams }: PageProps<"/projects">) {
  const result = await searchCatalogue(parseCatalogueQuery(await searchParams));
  return <CatalogueView result={result} />;
}
