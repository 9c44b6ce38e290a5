<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminPanel</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counter staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaint handler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This code belongs to the inactive {other}: make that one active again instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This number belongs to the inactive {other}: make that one active again instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counter {counter} would be left without a service. Give it another service first (page Counters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day}: write the hours like 08.00-15.00, opening before closing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Capital letters, digits and _ only, at most 32.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This code is already used by {other}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One or two letters A-Z.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another active service ({other}) already has this prefix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least 1 ticket a day, or no quota.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least 1 minute.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One item per line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the hours like 08.00-15.00, opening before closing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes before closing: 0 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the hours of at least one day, or tick the box to follow the hours above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{cutoff} minutes before closing leaves no time for tickets on {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This number is already used by {other}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A counter number is 1 to 999.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A counter serves at least one service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown service {service}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{service} is not offered: choose an active service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an agency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This username is already used by {other}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters, digits, '.', '_' or '-' only, without spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least {min} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least one active administrator must remain: only an administrator manages staff accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That day is past: its closure is history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That day has a closure already: choose it in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give two times of the day, from before until (like 12.00 and 13.30).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One line of plain text, at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This setting is not set centrally.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This value cannot be used here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This station has settings already: choose it in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One line of at most 64 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role may not change this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the printer like usb:04b8:0202, tcp:192.168.1.50 or file:/path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are unsaved changes: save them (Ctrl+S) or cancel them (Esc) first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved. Every station uses it from now on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: see the fields marked in red.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active (offered / in use)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MPP's hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tickets until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the MPP's cutoff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min before closing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticket prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily quota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no quota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Takes priority tickets (UU 25/2009 Pasal 29)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typical service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min per citizen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the MPP's default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agency's hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the agency's cutoff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standar pelayanan (shown at the kiosk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requirements
(one per line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procedure
(one step per line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished">Cost</translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prefixes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counter number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loket 1 Dukcapil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serves
(tick at least one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password or PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active (may sign in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave empty to keep the current one; type a new one to reset it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least 4 characters. The staff member changes nothing else: give it to them in person.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New staff account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>holiday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holidays and closures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed all day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pemeliharaan gedung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Citizens read the reason at the kiosk. National holidays and cuti bersama close the MPP by themselves; they are listed in grey.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the closure of {day}? The MPP then opens that day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New closure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closure of {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticket printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QR code on paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kiosk language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kiosk idle timeout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kiosk starts in large type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Survey: seconds between responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display voice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every station (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as in its station.toml, or * for every station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A ticked setting overrides the station's own file (station.toml); the station uses it within seconds, without a restart. A station's own entry overrides the one for every station (*).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as an image (every printer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the printer's own QR command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in words: "A dua puluh tiga"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>digit by digit: "A nol dua tiga"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the central settings of {name}? It then follows its own file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running text of the display boards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One line that scrolls along the bottom of every display board. Leave it empty for the board's own welcome.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} of {limit} characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved. Every display board shows it from now on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administration areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a supervisor or an administrator may change this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an administrator may change this; you can look.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n setting</numerusform>
            <numerusform>%n settings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Complaint</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIK (16 digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where it happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What fell short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The loss it caused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The settlement asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With my name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff handling the complaint see your name and contacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The complaint is handled, but nobody outside the complaint unit learns who filed it. No name is asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole complaint is kept secret: only the complaint unit sees it. No name is asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At the counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At the kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Other</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passed to the agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Being followed up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not our authority, forwarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field}: please fill this in, or choose anonymous or confidential (UU 25/2009 Pasal 42).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please choose the agency the complaint is about.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please give the day it happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field}: please fill this in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field}: too long, at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field}: holds an invisible control or text-direction character that cannot be stored. Please remove it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A phone number has 7 to 15 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not an e-mail address (like nama@contoh.id).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A NIK is 16 digits with a region code and a date of birth. Check it, or leave it empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a real date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day it happened cannot be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This agency is not in the MPP's list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This service is not in the MPP's list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This service belongs to another agency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such ticket was found for the day it happened. Check the number, or leave it empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This ticket was for another agency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field}: this value cannot be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It happened {days} days ago. UU 25/2009 Pasal 41 gives {limit} days after the service to complain; the complaint is taken all the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The NIK is of a child ({age} years old): a child's data is specific personal data. Record only what the complaint needs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal data is used only to handle the complaint, kept encrypted, and erased {days} days after the complaint is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time of day, when it is known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A023, or scan its QR code (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— choose the agency —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— not known —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No receipt printer is set up for this station. Save the A4 PDF instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer does not answer. Check it is on and connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receipt was not printed: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New complaint (pengaduan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File the complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The complaint is filed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaint number: give it to the citizen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The citizen's receipt, with the number and its QR code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the A4 receipt (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The complaint was not stored: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was stored. Please correct the marked fields ({count}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified by {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settled by {date} (working days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receipt was printed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the A4 receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF was not saved: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking your ticket…</source>
        <translation type="unfinished">Checking your ticket…</translation>
    </message>
    <message>
        <source>Ticket {ticket} was for another agency. Scan the ticket of this complaint, or go on without a ticket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a ticket of this MPP. Scan the QR code on your ticket, type its number, or go on without a ticket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a time of day (00.00 to 23.59).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the time as four digits, like 1030, or erase it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking up your complaint…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a complaint number. It looks like ADU-2026-000123, printed on your receipt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We cannot find this complaint. Please check the number on your receipt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not served as the service standard promises? Tell us: the complaint unit follows it up and answers you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File a complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check my complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Have a receipt? Hold its QR code under the scanner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How do you want to file?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You may keep your name secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As on your identity card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street and number, village or district, and city.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your phone number (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>So that the complaint unit can call you back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your e-mail address (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>So that the complaint unit can write to you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your NIK (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The 16 digits on your identity card (KTP).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where did it happen?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The counter, the room or the building.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What fell short?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened, and what the service should have been.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What loss did it cause you?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Money, time, a missed deadline, or another loss.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What settlement do you ask for?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the agency should do to put it right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you type appears here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Here, at this MPP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished">Skip</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Continue</translation>
    </message>
    <message>
        <source>Which agency is the complaint about?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Touch the agency whose service fell short.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which service?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I am not sure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The complaint unit will find out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Did you have a queue ticket?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan its QR code under the scanner, or type its number, such as A023. No ticket? Go on without one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When did it happen?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the day as day, month, year: 20112026. The time is optional.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day: {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time (optional): {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please check your complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Touch Back to change anything.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished">Sending…</translation>
    </message>
    <message>
        <source>Send my complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your complaint number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this number: scan its QR code or type it here, under Complaints, to follow your complaint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please take your printed receipt below the screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer could not print your receipt. Please take a photo of this screen: the number and the code are on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan the QR code on your receipt, or type the number of your complaint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filed on {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last change: {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The complaint is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To be settled by {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About: {agency}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forwarded to: {where}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replies from the complaint unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reply yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check another</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your complaint could not be sent. Nothing was stored. Please try again, or ask our staff for help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>Too many wrong passwords. Signing in is locked for a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type your username and your password or PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account may not work at a counter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish, mark absent or hold the ticket at your counter first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your counter is on a break. Resume work first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody is waiting for your counter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recall the ticket a few more times before marking it absent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is not possible for this ticket now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That ticket is at another counter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your counter does not serve that service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That ticket belongs to another day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ticket is already for that service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today's quota for that service is full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That service takes no more tickets today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That service is not offered at the moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start serving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back in queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaint %1 filed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Being served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to your counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password or PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transfer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to find a service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the citizen to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A citizen without a ticket: issue one for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At your counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome note, saved with Finish (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No counter is set up yet. Ask the supervisor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On a break</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody at your counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Called %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 marked absent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is back in the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Walk-in: ticket %1 issued and called</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Wrong username or password. %n more tries before a lock.</source>
        <translation>
            <numerusform>Wrong username or password. %n more try before a lock.</numerusform>
            <numerusform>Wrong username or password. %n more tries before a lock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Called %n time(s): waiting for the citizen</source>
        <translation>
            <numerusform>Called once: waiting for the citizen</numerusform>
            <numerusform>Called %n times: waiting for the citizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for your counter</source>
        <translation>
            <numerusform>%n waiting for your counter</numerusform>
            <numerusform>%n waiting for your counter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue: %n waiting</source>
        <translation>
            <numerusform>Queue: %n waiting</numerusform>
            <numerusform>Queue: %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On hold here: %n</source>
        <translation>
            <numerusform>On hold here: %n</numerusform>
            <numerusform>On hold here: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Absent, may come back: %n</source>
        <translation>
            <numerusform>Absent, may come back: %n</numerusform>
            <numerusform>Absent, may come back: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Display board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counter {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue number, called again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No number has been called yet today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please go to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On a break</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to {mpp}. Please wait until your number is called.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sound off: no audio device</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Person with a disability</source>
        <translation>Person with a disability</translation>
    </message>
    <message>
        <source>Older person (lanjut usia)</source>
        <translation>Older person (lanjut usia)</translation>
    </message>
    <message>
        <source>Pregnant woman</source>
        <translation>Pregnant woman</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Victim of a natural or social disaster</source>
        <translation>Victim of a natural or social disaster</translation>
    </message>
    <message>
        <source>Closed for a national holiday: {name}</source>
        <translation>Closed for a national holiday: {name}</translation>
    </message>
    <message>
        <source>The MPP is closed today: {reason}</source>
        <translation>The MPP is closed today: {reason}</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>Closed today</translation>
    </message>
    <message>
        <source>Opens at {time}</source>
        <translation>Opens at {time}</translation>
    </message>
    <message>
        <source>Tickets were given until {time}</source>
        <translation>Tickets were given until {time}</translation>
    </message>
    <message>
        <source>Today's quota of {quota} tickets is full</source>
        <translation>Today's quota of {quota} tickets is full</translation>
    </message>
    <message>
        <source>Not offered at the moment</source>
        <translation>Not offered at the moment</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>Not available now</translation>
    </message>
    <message>
        <source>Today's quota for this service has just filled up.</source>
        <translation>Today's quota for this service has just filled up.</translation>
    </message>
    <message>
        <source>The time for taking tickets for this service has just passed.</source>
        <translation>The time for taking tickets for this service has just passed.</translation>
    </message>
    <message>
        <source>This service is not open yet.</source>
        <translation>This service is not open yet.</translation>
    </message>
    <message>
        <source>This service is closed today.</source>
        <translation>This service is closed today.</translation>
    </message>
    <message>
        <source>The MPP is closed today for a national holiday.</source>
        <translation>The MPP is closed today for a national holiday.</translation>
    </message>
    <message>
        <source>The MPP is closed today.</source>
        <translation>The MPP is closed today.</translation>
    </message>
    <message>
        <source>This service is not offered at the moment.</source>
        <translation>This service is not offered at the moment.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask our staff for help.</source>
        <translation>Something went wrong. Please ask our staff for help.</translation>
    </message>
    <message>
        <source>no counter open yet</source>
        <translation>no counter open yet</translation>
    </message>
    <message>
        <source>called soon</source>
        <translation>called soon</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Change the language</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Welcome to {mpp}</source>
        <translation>Welcome to {mpp}</translation>
    </message>
    <message>
        <source>Public services of many agencies under one roof</source>
        <translation>Public services of many agencies under one roof</translation>
    </message>
    <message>
        <source>Take a queue number</source>
        <translation>Take a queue number</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Touch a button to start</source>
        <translation>Touch a button to start</translation>
    </message>
    <message>
        <source>Choose an agency</source>
        <translation>Choose an agency</translation>
    </message>
    <message>
        <source>Touch the agency that gives the service you need</source>
        <translation>Touch the agency that gives the service you need</translation>
    </message>
    <message>
        <source>Choose a service to see what to bring and take a number</source>
        <translation>Choose a service to see what to bring and take a number</translation>
    </message>
    <message>
        <source>Number {prefix}</source>
        <translation>Number {prefix}</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>How it works</translation>
    </message>
    <message>
        <source>How long it takes</source>
        <translation>How long it takes</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>What you receive</source>
        <translation>What you receive</translation>
    </message>
    <message>
        <source>Complaints and suggestions</source>
        <translation>Complaints and suggestions</translation>
    </message>
    <message>
        <source>Take a number for this service</source>
        <translation>Take a number for this service</translation>
    </message>
    <message>
        <source>Do you need priority service?</source>
        <translation>Do you need priority service?</translation>
    </message>
    <message>
        <source>The law (UU 25/2009 Pasal 29) gives priority to these groups. Please choose one only if it applies to you.</source>
        <translation>The law (UU 25/2009 Pasal 29) gives priority to these groups. Please choose one only if it applies to you.</translation>
    </message>
    <message>
        <source>No, a regular number</source>
        <translation>No, a regular number</translation>
    </message>
    <message>
        <source>Your queue number</source>
        <translation>Your queue number</translation>
    </message>
    <message>
        <source>The printer could not print your ticket. Please take a photo of this screen: the code below is your ticket. Our staff have been told.</source>
        <translation>The printer could not print your ticket. Please take a photo of this screen: the code below is your ticket. Our staff have been told.</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <source>Please take your printed ticket below the screen.</source>
        <translation>Please take your printed ticket below the screen.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Sorry</source>
        <translation>Sorry</translation>
    </message>
    <message>
        <source>Choose another service</source>
        <translation>Choose another service</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>space</source>
        <translation>space</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Capital letter</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>%n person ahead of you</numerusform>
            <numerusform>%n people ahead of you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Kiosk (portrait touch screen)</source>
        <translation>Kiosk (portrait touch screen)</translation>
    </message>
    <message>
        <source>Kiosk (landscape touch screen)</source>
        <translation>Kiosk (landscape touch screen)</translation>
    </message>
    <message>
        <source>Survey tablet at a counter</source>
        <translation>Survey tablet at a counter</translation>
    </message>
    <message>
        <source>Counter (loket) desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display board, with voice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor's station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{mpp}: demo</source>
        <translation>{mpp}: demo</translation>
    </message>
    <message>
        <source>Open a station on the demo database. Each one runs as its own program, as on its own PC.</source>
        <translation>Open a station on the demo database. Each one runs as its own program, as on its own PC.</translation>
    </message>
    <message>
        <source>At a counter, sign in as asep with the password demo-loket1 (loket 1); at the supervisor's station as tati with demo-supervisor1. The demo catalog lists the other accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tickets are printed as ESC/POS bytes into {file}.</source>
        <translation>Tickets are printed as ESC/POS bytes into {file}.</translation>
    </message>
    <message>
        <source>Database: {db} · {day}</source>
        <translation>Database: {db} · {day}</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up this MPP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This station has no catalog yet: the MPP's agencies, services, counters and staff. Choose where it comes from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo catalog: a made-up MPP, for training and trying out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A catalog file (TOML) prepared for this MPP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start from nothing: the first agency, service and counter, and the admin account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>catalog file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Catalog file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Catalog (*.toml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the catalog file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MPP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its name is printed on every ticket and report; its time zone decides the business day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the MPP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MPP needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first agency, service and counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enough to issue and call the first tickets. The admin adds the rest with a full catalog file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency code (capital letters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service code (capital letters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticket letter (A, B, …)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counter (loket) number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agency code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what} is capital letters, digits or _ (up to 32).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ticket letter is one or two capital letters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agency and the service need their names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The admin account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first account: it signs in at the supervisor's desk and sets up everything else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password (8 characters or more)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account needs a username and a full name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password needs 8 characters or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MPP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press Finish to load it; the station then opens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt; Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next &gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <source>Backups of this station's database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check and restore…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tickets of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups are not available in this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder: %1. A backup is made by itself every day; the newest 14 are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup cannot be restored:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup is sound.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tickets in it: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore the backup made %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything recorded since then is replaced by the backup, on every station that uses this database. The database as it is now is kept beside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many wrong passwords. Signing in is locked for a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type your username and your password or PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only supervisors and administrators may sign in here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That day has not come yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MPP was closed that day: there is nothing to report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role may not do that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The complaint cannot go to that stage now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the outcome or the reason in the note first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say where the complaint was forwarded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the agency the complaint goes to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The complaint is already with that agency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This station has no key to read personal data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open complaints only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(confidential)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaint %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the complainant's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forwarded to (e.g. SP4N-LAPOR!)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note (the outcome, or the reason)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reply the citizen sees at the kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue: the deadline was %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next deadline: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidential: only the complaint unit may read this complaint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not shown to your role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forwarded to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filed more than 30 days after the event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(public) %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The note is too long: at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moved to: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Survey responses (SKM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaints (SP4N-LAPOR! columns)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal data is written only as far as your role may see it, and every export of it is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export is not available in this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first day comes after the last.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Served today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longest wait now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Absent rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counters open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaints open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Survey today (IKM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stations and sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency / service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At a counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>of %1 tickets issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 called did not come</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none on a break</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answers yet today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This station works alone (no hub)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hub does not answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All connected; %1 change(s) waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: last seen %2, %3 waiting, %4 behind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longer than the target of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week (Monday to Sunday)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any range of days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any day of the month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any day of the week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the preview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor's station: sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administration is not available in this version.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at a counter now</source>
        <translation>
            <numerusform>%n at a counter now</numerusform>
            <numerusform>%n at a counter now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on a break: %1</source>
        <translation>
            <numerusform>%n on a break: %1</numerusform>
            <numerusform>%n on a break: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mutu %1 · %n respondent(s)</source>
        <translation>
            <numerusform>Mutu %1 · %n respondent</numerusform>
            <numerusform>Mutu %1 · %n respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n page(s).</source>
        <translation>
            <numerusform>Ready: %n page.</numerusform>
            <numerusform>Ready: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Sent to the printer: %n page.</numerusform>
            <numerusform>Sent to the printer: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong username or password. %n more tries before a lock.</source>
        <translation>
            <numerusform>Wrong username or password. %n more try before a lock.</numerusform>
            <numerusform>Wrong username or password. %n more tries before a lock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>What do you think of how well the service requirements fit the type of service?</source>
        <translation>What do you think of how well the service requirements fit the type of service?</translation>
    </message>
    <message>
        <source>Not suitable</source>
        <translation>Not suitable</translation>
    </message>
    <message>
        <source>Somewhat suitable</source>
        <translation>Somewhat suitable</translation>
    </message>
    <message>
        <source>Suitable</source>
        <translation>Suitable</translation>
    </message>
    <message>
        <source>Very suitable</source>
        <translation>Very suitable</translation>
    </message>
    <message>
        <source>Systems, mechanisms and procedures</source>
        <translation>Systems, mechanisms and procedures</translation>
    </message>
    <message>
        <source>What do you think of how easy the service procedures of this unit are?</source>
        <translation>What do you think of how easy the service procedures of this unit are?</translation>
    </message>
    <message>
        <source>Not easy</source>
        <translation>Not easy</translation>
    </message>
    <message>
        <source>Somewhat easy</source>
        <translation>Somewhat easy</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Easy</translation>
    </message>
    <message>
        <source>Very easy</source>
        <translation>Very easy</translation>
    </message>
    <message>
        <source>Completion time</source>
        <translation>Completion time</translation>
    </message>
    <message>
        <source>What do you think of how quickly the service was given?</source>
        <translation>What do you think of how quickly the service was given?</translation>
    </message>
    <message>
        <source>Not fast</source>
        <translation>Not fast</translation>
    </message>
    <message>
        <source>Somewhat fast</source>
        <translation>Somewhat fast</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Fast</translation>
    </message>
    <message>
        <source>Very fast</source>
        <translation>Very fast</translation>
    </message>
    <message>
        <source>Cost or fee</source>
        <translation>Cost or fee</translation>
    </message>
    <message>
        <source>What do you think of how fair the cost or fee of the service is?</source>
        <translation>What do you think of how fair the cost or fee of the service is?</translation>
    </message>
    <message>
        <source>Very expensive</source>
        <translation>Very expensive</translation>
    </message>
    <message>
        <source>Rather expensive</source>
        <translation>Rather expensive</translation>
    </message>
    <message>
        <source>Cheap</source>
        <translation>Cheap</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>What the service delivers</source>
        <translation>What the service delivers</translation>
    </message>
    <message>
        <source>What do you think of how well what you received matches what the service standard says you receive?</source>
        <translation>What do you think of how well what you received matches what the service standard says you receive?</translation>
    </message>
    <message>
        <source>Staff competence</source>
        <translation>Staff competence</translation>
    </message>
    <message>
        <source>What do you think of the competence and skill of the staff who served you?</source>
        <translation>What do you think of the competence and skill of the staff who served you?</translation>
    </message>
    <message>
        <source>Not competent</source>
        <translation>Not competent</translation>
    </message>
    <message>
        <source>Somewhat competent</source>
        <translation>Somewhat competent</translation>
    </message>
    <message>
        <source>Competent</source>
        <translation>Competent</translation>
    </message>
    <message>
        <source>Very competent</source>
        <translation>Very competent</translation>
    </message>
    <message>
        <source>Staff conduct</source>
        <translation>Staff conduct</translation>
    </message>
    <message>
        <source>What do you think of how polite and friendly the staff who served you were?</source>
        <translation>What do you think of how polite and friendly the staff who served you were?</translation>
    </message>
    <message>
        <source>Not polite and friendly</source>
        <translation>Not polite and friendly</translation>
    </message>
    <message>
        <source>Somewhat polite and friendly</source>
        <translation>Somewhat polite and friendly</translation>
    </message>
    <message>
        <source>Polite and friendly</source>
        <translation>Polite and friendly</translation>
    </message>
    <message>
        <source>Very polite and friendly</source>
        <translation>Very polite and friendly</translation>
    </message>
    <message>
        <source>Handling of complaints, suggestions and feedback</source>
        <translation>Handling of complaints, suggestions and feedback</translation>
    </message>
    <message>
        <source>What do you think of how complaints from service users are handled?</source>
        <translation>What do you think of how complaints from service users are handled?</translation>
    </message>
    <message>
        <source>There is no way to complain</source>
        <translation>There is no way to complain</translation>
    </message>
    <message>
        <source>There is one, but it does not work</source>
        <translation>There is one, but it does not work</translation>
    </message>
    <message>
        <source>It works, but not fully</source>
        <translation>It works, but not fully</translation>
    </message>
    <message>
        <source>It is well managed</source>
        <translation>It is well managed</translation>
    </message>
    <message>
        <source>Facilities and infrastructure</source>
        <translation>Facilities and infrastructure</translation>
    </message>
    <message>
        <source>What do you think of the quality of the facilities and infrastructure?</source>
        <translation>What do you think of the quality of the facilities and infrastructure?</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Very good</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Primary (SD)</source>
        <translation>Primary (SD)</translation>
    </message>
    <message>
        <source>Junior high (SMP)</source>
        <translation>Junior high (SMP)</translation>
    </message>
    <message>
        <source>Senior high (SMA)</source>
        <translation>Senior high (SMA)</translation>
    </message>
    <message>
        <source>Diploma 1 (D1)</source>
        <translation>Diploma 1 (D1)</translation>
    </message>
    <message>
        <source>Diploma 2 (D2)</source>
        <translation>Diploma 2 (D2)</translation>
    </message>
    <message>
        <source>Diploma 3 (D3)</source>
        <translation>Diploma 3 (D3)</translation>
    </message>
    <message>
        <source>Diploma 4 (D4)</source>
        <translation>Diploma 4 (D4)</translation>
    </message>
    <message>
        <source>Bachelor (S1)</source>
        <translation>Bachelor (S1)</translation>
    </message>
    <message>
        <source>Master (S2)</source>
        <translation>Master (S2)</translation>
    </message>
    <message>
        <source>Doctorate (S3)</source>
        <translation>Doctorate (S3)</translation>
    </message>
    <message>
        <source>Civil servant (PNS)</source>
        <translation>Civil servant (PNS)</translation>
    </message>
    <message>
        <source>Armed forces (TNI)</source>
        <translation>Armed forces (TNI)</translation>
    </message>
    <message>
        <source>Police (POLRI)</source>
        <translation>Police (POLRI)</translation>
    </message>
    <message>
        <source>Private sector employee</source>
        <translation>Private sector employee</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Self-employed</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>This ticket has not been served yet. Please answer the survey after your service.</source>
        <translation>This ticket has not been served yet. Please answer the survey after your service.</translation>
    </message>
    <message>
        <source>The survey for this ticket has already been answered. Thank you!</source>
        <translation>The survey for this ticket has already been answered. Thank you!</translation>
    </message>
    <message>
        <source>We cannot find this ticket. Please check the number: only today's numbers can be typed.</source>
        <translation>We cannot find this ticket. Please check the number: only today's numbers can be typed.</translation>
    </message>
    <message>
        <source>This is not a ticket code. Please scan the QR code on your ticket or type its number.</source>
        <translation>This is not a ticket code. Please scan the QR code on your ticket or type its number.</translation>
    </message>
    <message>
        <source>Another survey was sent from this screen a moment ago. Please wait a minute, then send yours again.</source>
        <translation>Another survey was sent from this screen a moment ago. Please wait a minute, then send yours again.</translation>
    </message>
    <message>
        <source>Please answer at least one of the nine questions.</source>
        <translation>Please answer at least one of the nine questions.</translation>
    </message>
    <message>
        <source>This service is no longer offered.</source>
        <translation>This service is no longer offered.</translation>
    </message>
    <message>
        <source>Checking your ticket…</source>
        <translation>Checking your ticket…</translation>
    </message>
    <message>
        <source>{service} · ticket {ticket}</source>
        <translation>{service} · ticket {ticket}</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <source>Tell us about the service you received. The survey is anonymous: we never ask your name.</source>
        <translation>Tell us about the service you received. The survey is anonymous: we never ask your name.</translation>
    </message>
    <message>
        <source>Scan the QR code of your ticket</source>
        <translation>Scan the QR code of your ticket</translation>
    </message>
    <message>
        <source>Hold the code printed on your ticket under the scanner.</source>
        <translation>Hold the code printed on your ticket under the scanner.</translation>
    </message>
    <message>
        <source>Type my ticket number</source>
        <translation>Type my ticket number</translation>
    </message>
    <message>
        <source>I have no ticket: choose the service</source>
        <translation>I have no ticket: choose the service</translation>
    </message>
    <message>
        <source>Type your ticket number</source>
        <translation>Type your ticket number</translation>
    </message>
    <message>
        <source>The letter and the number printed large on your ticket, such as A023.</source>
        <translation>The letter and the number printed large on your ticket, such as A023.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Which agency served you?</source>
        <translation>Which agency served you?</translation>
    </message>
    <message>
        <source>Touch the agency, then the service you received.</source>
        <translation>Touch the agency, then the service you received.</translation>
    </message>
    <message>
        <source>Which service did you receive?</source>
        <translation>Which service did you receive?</translation>
    </message>
    <message>
        <source>About you: {step} of {steps}</source>
        <translation>About you: {step} of {steps}</translation>
    </message>
    <message>
        <source>Your sex</source>
        <translation>Your sex</translation>
    </message>
    <message>
        <source>Your highest education</source>
        <translation>Your highest education</translation>
    </message>
    <message>
        <source>Your occupation</source>
        <translation>Your occupation</translation>
    </message>
    <message>
        <source>The survey is anonymous. You may skip any question.</source>
        <translation>The survey is anonymous. You may skip any question.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Your age</source>
        <translation>Your age</translation>
    </message>
    <message>
        <source>In years, from {low} to {high}.</source>
        <translation>In years, from {low} to {high}.</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Question {number} of {count}</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Skip this question</translation>
    </message>
    <message>
        <source>Any suggestion? (optional)</source>
        <translation>Any suggestion? (optional)</translation>
    </message>
    <message>
        <source>Type it on the keyboard below, or send your answers without one.</source>
        <translation>Type it on the keyboard below, or send your answers without one.</translation>
    </message>
    <message>
        <source>Your suggestion appears here</source>
        <translation>Your suggestion appears here</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send without a suggestion</source>
        <translation>Send without a suggestion</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <source>Your answers help us improve our public services.</source>
        <translation>Your answers help us improve our public services.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>Back to the questions</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>{subject}: another station acted on this ticket first, so your change did not count. It now shows as the other station left it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{subject}: another station stored the same thing first ({what}); this station's was not kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{subject}: the hub already holds a different change under the same id; this station's was not kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync: connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync: not connected since {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync: not connected yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last sync {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK, understood</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the oldest for %n min</source>
        <translation>
            <numerusform>the oldest for %n min</numerusform>
            <numerusform>the oldest for %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
</TS>
