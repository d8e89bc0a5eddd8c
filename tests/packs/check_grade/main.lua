meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" {
  say "Musculoskeletal rehabilitation necessitates comprehensive interdisciplinary evaluation of biopsychosocial contributory determinants.",
  say "Hello. We will ask a few short questions.",
  go = "@end",
}
