<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>Today&apos;s quota of {quota} tickets is full</source>
        <translation>Today&apos;s quota of {quota} tickets is full</translation>
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
        <source>Today&apos;s quota for this service has just filled up.</source>
        <translation>Today&apos;s quota for this service has just filled up.</translation>
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
        <source>Touch the green button to start</source>
        <translation>Touch the green button to start</translation>
    </message>
    <message>
        <source>Choose an agency</source>
        <translation>Choose an agency</translation>
    </message>
    <message>
        <source>Touch the agency that gives the service you need</source>
        <translation>Touch the agency that gives the service you need</translation>
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
    <message numerus="yes">
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>%n person ahead of you</numerusform>
            <numerusform>%n people ahead of you</numerusform>
        </translation>
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
        <source>{mpp}: demo</source>
        <translation>{mpp}: demo</translation>
    </message>
    <message>
        <source>Open a station on the demo database. Each one runs as its own program, as on its own PC.</source>
        <translation>Open a station on the demo database. Each one runs as its own program, as on its own PC.</translation>
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
</TS>
