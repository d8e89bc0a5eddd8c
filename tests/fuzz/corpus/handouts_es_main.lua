meta { title = "Folletos", language = "es", version = "test" }
start "welcome"
scene "welcome" { say "Hola.", go = "@end" }

handout "how_pain_works" {
  title = "Cómo funciona el dolor",
  text = { "El dolor es la alarma del cuerpo." },
}

handout "scans" { title = "Las pruebas de imagen", file = "handouts/scans.pdf" }
