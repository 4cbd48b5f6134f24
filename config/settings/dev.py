"""Development settings: `make run` on a laptop, debug on, mail to the console."""

from .base import *  # noqa: F403
from .env import env_bool

DEBUG = env_bool("DJANGO_DEBUG", True)
