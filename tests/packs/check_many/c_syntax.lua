scene "learn" {
  say "Pain is real."
  say "The comma above is missing."
}
