-- Shared by the bundle_*.lua drives (run by bundles.sh): the staff menu, by PIN 2468.
function staff()
  hold "top-left"
  for _, d in ipairs { "2", "4", "6", "8" } do tap(d) end
  expect_screen "staff"
end
