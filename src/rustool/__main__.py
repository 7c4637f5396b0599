from rustool.cli import main

main()
