import { PageNotice } from "./page-notice";

export function NotFoundNotice() {
  return (
    <PageNotice title="Not found">
      <p>There is no such page, or it belongs to a project you are not a member of.</p>
    </PageNotice>
  );
}
