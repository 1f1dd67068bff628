#!/usr/bin/env python3
"""Makes the LinkedIn fixtures here: Connections.csv (240 rows, from
Benchmarks/generate-connections.py with seed 20) and the zip LinkedIn's export comes in,
holding it with a few of the export's other files. Run from anywhere; the output is the same
every time, so the committed files can be checked by running it again."""
import os
import subprocess
import sys
import zipfile

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
csv_path = os.path.join(here, "Connections.csv")
subprocess.run([sys.executable, os.path.join(repo, "Benchmarks", "generate-connections.py"),
                "--rows", "240", "--seed", "20", "--out", csv_path], check=True)

others = {
    "Profile.csv": "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
                   "Geo Location,Twitter Handles,Websites,Instant Messengers\n"
                   "Alex,Kim,,,,\"Chemistry teacher moving into food science\",,Education,,"
                   "\"Oakland, California\",,,\n",
    "Invitations.csv": "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
                       "Alex Kim,Maria Lopez,\"11/02/26, 9:14 AM\",,OUTGOING,"
                       "https://www.linkedin.com/in/alex-kim,https://www.linkedin.com/in/maria-lopez\n",
}
with zipfile.ZipFile(os.path.join(here, "Basic_LinkedInDataExport_11-20-2026.zip"), "w",
                     compression=zipfile.ZIP_DEFLATED) as archive:
    for name, data in [("Connections.csv", open(csv_path, "rb").read())] + \
            [(name, text.encode()) for name, text in others.items()]:
        info = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 30, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, data)
