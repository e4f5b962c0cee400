print("kubeling")
