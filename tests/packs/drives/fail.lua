start()
tap "Yes"
expect "Goodbye"
tap "Never reached"
