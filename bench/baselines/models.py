"""
The database way of counting, as django-channels-presence does it: a Room,
one Presence row per socket, ``last_seen`` refreshed and stale rows pruned.
"""

from datetime import timedelta

from django.db import models
from django.utils import timezone


class RoomManager(models.Manager):
    def prune_presences(self, age_in_seconds):
        """Delete presences not seen for ``age_in_seconds`` (the package's)."""
        cutoff = timezone.now() - timedelta(seconds=age_in_seconds)
        return Presence.objects.filter(last_seen__lt=cutoff).delete()[0]


class Room(models.Model):
    channel_name = models.CharField(max_length=255, unique=True)

    objects = RoomManager()

    def __str__(self):
        return self.channel_name


class Presence(models.Model):
    room = models.ForeignKey(Room, on_delete=models.CASCADE)
    channel_name = models.CharField(max_length=255, unique=True)
    # Which server process holds the socket, so it can refresh its rows in
    # one statement (the package has each client send heartbeats instead).
    server = models.CharField(max_length=32, db_index=True)
    last_seen = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self):
        return self.channel_name
