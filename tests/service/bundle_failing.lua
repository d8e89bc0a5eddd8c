-- A failing bundle is refused with a clear reason; the pack in use stays.
include "bundle_helpers.lua"
start()
staff()
tap "Update the scripts"
expect "Update refused: the new scripts have errors:"
expect "main.lua:139: E001"   -- the file and line, whatever the length of the path before it
expect "Sample pack (en), version 2026-11-1"
expect_not "Install these scripts"
tap "Back to the patient"
expect_screen "question"                            -- the visit goes on as it was
