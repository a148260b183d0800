import sys

from huddle.start import main

sys.exit(main())
