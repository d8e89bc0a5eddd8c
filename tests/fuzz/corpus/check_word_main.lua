meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" {
  say "See https://clinic.example.org/very-long-address-for-the-leaflet today.",
  go = "@end",
}
