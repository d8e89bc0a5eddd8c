-- A good bundle: verified, checked, shown (version, review), installed on "Install", and
-- "Go back to the last scripts" brings the pack before it back.
include "bundle_helpers.lua"
start()
staff()
expect "Sample pack (en), version 2026-11-1"
expect "Script update on the stick:"
tap "Update the scripts"
expect "Update ready: Sample pack, version 2026-12-1, reviewed by Dr Quokka on 2026-12-01"
expect "Sample pack (en), version 2026-11-1"       -- nothing changes before Install
tap "Install these scripts"
expect_screen "attract"                             -- the new pack, a fresh visit
staff()
expect "Sample pack (en), version 2026-12-1"
expect "Installed: Sample pack, version 2026-12-1"
tap "Go back to the last scripts"
expect_screen "attract"
staff()
expect "Sample pack (en), version 2026-11-1"
expect "Went back to the last scripts"
