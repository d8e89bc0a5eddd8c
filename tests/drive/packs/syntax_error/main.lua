meta { title = "Broken", language = "en", version = "test" }
start "welcome"
scene "welcome" {
  say "Hello."
  say "A comma is missing on the line above.",
}
