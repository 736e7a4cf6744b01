import { describe, expect, it } from "vitest";
import { PROJECT_FORM_DEFAULTS, type ProjectFormInput } from "@/lib/projects/project-form-schema";
import { revisionChanges } from "./revision-diff";

const live: ProjectFormInput = {
  ...PROJECT_FORM_DEFAULTS,
  name: "Cảng cá Tắc Cậu",
  sectorCode: "thuy-san",
  capitalTy: "300",
  locationCodes: ["chau-thanh"],
};
const names = {
  "thuy-san": "Thủy sản",
  "nong-nghiep": "Nông nghiệp",
  "chau-thanh": "Huyện Châu Thành",
  "an-bien": "Huyện An Biên",
};

describe("revisionChanges", () => {
  it("lists changed fields with the template's labels and readable values, in order", () => {
    const changes = revisionChanges(
      live,
      { ...live, sectorCode: "nong-nghiep", capitalTy: "350,5", locationCodes: ["chau-thanh", "an-bien"] },
      names,
    );
    expect(changes).toEqual([
      { field: "sectorCode", label: "Ngành / Lĩnh vực", before: "Thủy sản", after: "Nông nghiệp" },
      { field: "capitalTy", label: "Tổng vốn đầu tư dự kiến (tỷ đồng)", before: "300", after: "350,5" },
      {
        field: "locationCodes",
        label: "7. Địa điểm dự án",
        before: "Huyện Châu Thành",
        after: "Huyện Châu Thành, Huyện An Biên",
      },
    ]);
  });

  it("finds nothing when only white space differs", () => {
    expect(revisionChanges(live, { ...live, name: " Cảng cá Tắc Cậu " }, names)).toEqual([]);
  });
});
