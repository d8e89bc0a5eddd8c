meta { title = "Check test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" {
  say "Pain is real. It is your body's alarm. The alarm keeps you safe. It tells you to stop and take care when something is wrong with your body.",
  say "The alarm can get too sensitive. Then it goes off when there is little danger. This is common. It does not mean that your body is badly hurt. It means the alarm is loud.",
  say "Many things can turn the alarm up or down. Sleep, stress, worry and mood can turn it up. Moving, rest, good sleep and support can turn it down again.",
  say "You can learn to calm the alarm. It takes time and practice, like getting fit. Your clinician will help you find what works for you.",
  go = "@end",
}
