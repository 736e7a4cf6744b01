// The catalogue in English: the same page, which takes its language from the path (i18n/request.ts).
export { default, generateMetadata } from "../../projects/page";
