-- A unsigned bundle is refused with a clear reason; the pack in use stays.
include "bundle_helpers.lua"
start()
staff()
tap "Update the scripts"
expect "Update refused: the bundle is not signed"
expect "Sample pack (en), version 2026-11-1"
expect_not "Install these scripts"
tap "Back to the patient"
expect_screen "question"                            -- the visit goes on as it was
