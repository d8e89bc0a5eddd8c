-- waitroom --no-audio: the kiosk works on silently, and the staff menu says why.
tap "Read aloud"
wait(5)
assert(heard().seconds == 0, "sound was played with --no-audio")
expect "Read aloud"                           -- nothing plays, so nothing to stop
start()
expect_screen "question"
tap "No"
expect "How pain works"
hold "top-left"
expect_screen "staff"
tap "2"
tap "4"
tap "6"
tap "8"
expect "Sound: off: --no-audio. Read aloud is silent; the kiosk works without sound."
