start()
tap(nil)
