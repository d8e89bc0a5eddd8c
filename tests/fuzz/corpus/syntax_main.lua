start "welcome"
scene "welcome" {
  say "Hello"
  say "Missing comma above"
}
