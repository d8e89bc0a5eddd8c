start "welcome"
scene "welcome" {
  say(nil),
}
