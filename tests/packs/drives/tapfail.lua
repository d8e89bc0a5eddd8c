start()
tap "Maybe"
