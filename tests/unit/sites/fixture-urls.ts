/**
 * Where each real fixture in ../shared/fixtures was served from: the council host named in
 * MANIFEST.tsv (council_or_agency, notes) and the page path the platform uses. Detection starts
 * from the URL, so tests need it; this is test data, not knowledge the adapters use.
 */
export const FIXTURE_URLS: Record<string, string> = {
  'moderngov/kingston-neighbourhood-cttee-2025-11-18-ielistdocuments.html':
    'https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10159',
  'moderngov/kingston-neighbourhood-cttee-2025-12-04-cancelled.html':
    'https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10161',
  'moderngov/kingston-ielistmeetings.html':
    'https://moderngov.kingston.gov.uk/ieListMeetings.aspx?CommitteeId=711',
  'moderngov/kingston-mgcommitteedetails.html':
    'https://moderngov.kingston.gov.uk/mgCommitteeDetails.aspx?ID=711',
  'moderngov/kingston-mgcommitteestructure.html':
    'https://moderngov.kingston.gov.uk/mgCommitteeStructure.aspx',
  'moderngov/kirklees-iesearchresults2-search.html':
    'https://democracy.kirklees.gov.uk/ieSearchResults2.aspx?SS=drug%20and%20alcohol',
  'moderngov/iedocsearch-form.html': 'https://democracy.kent.gov.uk/ieDocSearch.aspx?bcr=1',
  'cmis/harborough-cmis5-search-results.html': 'https://cmis.harborough.gov.uk/cmis5/Search.aspx?q=planning',
  'cmis/harborough-cmis5-search-form.html': 'https://cmis.harborough.gov.uk/cmis5/Search.aspx',
  'moderngov/kirklees-iedecisiondetails-minutes-approved.html':
    'https://democracy.kirklees.gov.uk/ieDecisionDetails.aspx?ID=6535',
  'moderngov/kirklees-iedecisiondetails-officer-multi-paragraph.html':
    'https://democracy.kirklees.gov.uk/ieDecisionDetails.aspx?ID=13600',
  'moderngov/kirklees-mgdelegateddecisions-list.html':
    'https://democracy.kirklees.gov.uk/mgDelegatedDecisions.aspx?bcr=1&DM=0&DS=2&K=0&DR=&V=0',
  'moderngov/manchester-webservice-getmeetings.xml':
    'https://democracy.manchester.gov.uk/mgWebService.asmx/GetMeetings?lCommitteeId=144&sFromDate=01/01/2026&sToDate=31/03/2026',
  'moderngov/manchester-webservice-getcommittees.xml':
    'https://democracy.manchester.gov.uk/mgWebService.asmx/GetCommittees',
  'moderngov/manchester-webservice-getmeeting-with-minutes.xml':
    'https://democracy.manchester.gov.uk/mgWebService.asmx/GetMeeting?lMeetingId=4967',
  'cmis/birmingham-cmis-meeting-summary.html':
    'https://birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/15028/Committee/6/Default.aspx',
  'cmis/birmingham-cmis-meeting-calendar-listview.html':
    'https://birmingham.cmis.uk.com/birmingham/Meetings.aspx',
  'cmis/birmingham-cmis-calendar-month-printer.html':
    'https://birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/MeetingCalendarPublicPrinter/mid/397/Default.aspx',
  'civicplus/nashcounty-nc-agendacenter-search.html':
    'https://nc-nashcounty.civicplus.com/AgendaCenter/Search/?term=&CIDs=all&startDate=10/1/2020&endDate=10/1/2020',
  'civicplus/columbus-wi-agendacenter-search.html':
    'https://www.cityofcolumbuswi.com/AgendaCenter/Search/?term=&CIDs=all',
  'civicplus/lascruces-nm-agendacenter-search-empty.html':
    'https://nm-lascruces.civicplus.com/AgendaCenter/Search/?term=&CIDs=all&startDate=1/1/2021&endDate=1/1/2021',
  'civicplus/lascruces-nm-agendacenter-search-results.html':
    'https://nm-lascruces.civicplus.com/AgendaCenter/Search/?term=&CIDs=all',
  'civicplus/alameda-water-district-agendacenter.html': 'https://www.acwd.org/AgendaCenter',
  'other/finetown-ny-digitaltowpath-meeting-detail.html': 'https://finetownny.gov/meetings/detail/29',
  'other/finetown-ny-digitaltowpath-meetings-list.html':
    'https://finetownny.gov/meetings/list/town-board/2026',
  'legistar/nyc-council-calendar.html': 'https://legistar.council.nyc.gov/Calendar.aspx',
  'legistar/chicago-clerk-calendar.html': 'https://chicago.legistar.com/Calendar.aspx',
  'legistar/la-metro-calendar.html': 'https://metro.legistar.com/Calendar.aspx',
  'legistar/nyc-council-legislation-search.html': 'https://legistar.council.nyc.gov/Legislation.aspx',
  'legistar/chicago-council-members-people.html': 'https://chicago.legistar.com/People.aspx',
  'legistar/chicago-webapi-matterhistories.json':
    'https://webapi.legistar.com/v1/chicago/matters/12345/histories',
  'legistar/la-metro-webapi-indexes.json': 'https://webapi.legistar.com/v1/metro/indexes',
  'legistar/allegheny-county-calendar.html': 'https://alleghenycounty.legistar.com/Calendar.aspx',
  'legistar/chicago-mwrd-calendar.html': 'https://mwrd.legistar.com/Calendar.aspx',
  'legistar/chicago-park-district-guide.html': 'https://chicagoparkdistrict.legistar.com/Guide.aspx',
  'legistar/ramsey-county-boc-departmentdetail.html':
    'https://ramseycounty.legistar.com/DepartmentDetail.aspx?ID=12345',
  'escribe/detroit-escribe-meetings.html':
    'https://pub-detroitmi.escribemeetings.com/Meetings.aspx?Expanded=Budget%2c+Finance+and+Audit+Standing+Committee',
  'primegov/clayton-county-ga-listarchivedmeetings.json':
    'https://claytoncountyga.primegov.com/api/v2/PublicPortal/ListArchivedMeetings?year=2024',
  'primegov/clayton-county-ga-listupcomingmeetings.json':
    'https://claytoncountyga.primegov.com/api/v2/PublicPortal/ListUpcomingMeetings',
  'civicclerk/south-fulton-ga-api-events.json': 'https://southfultonga.api.civicclerk.com/v1/Events',
  'civicclerk/forest-park-ga-api-events.json': 'https://forestparkga.api.civicclerk.com/v1/Events',
  'moderngov/kingston-webservice-getcouncillorsbyward.xml':
    'https://moderngov.kingston.gov.uk/mgWebService.asmx/GetCouncillorsByWard',
  'moderngov/kirklees-webservice-getcouncillorsbyward.xml':
    'https://democracy.kirklees.gov.uk/mgWebService.asmx/GetCouncillorsByWard',
  'other/stratford-on-avon-council-home-page.html': 'https://www.stratford.gov.uk/',
  'other/london-assembly-committee-meetings-2009.html':
    'http://www.london.gov.uk/assembly/budget/meetings.jsp',
  'escribe/chula-vista-escribe-getcalendarmeetings.json':
    'https://pub-chulavista.escribemeetings.com/MeetingsCalendarView.aspx/GetCalendarMeetings',
  'other/tulsa-granicus-viewpublisher.html': 'https://tulsa-ok.granicus.com/ViewPublisher.php?view_id=4',
  'boarddocs/grand-rapids-ps-boarddocs-meeting-detail-fragment.html':
    'https://go.boarddocs.com/mi/grps/Board.nsf/BD-GetMeeting?open&id=D5CSV7744EBE',
  'legistar/kansas-city-mo-calendar.html': 'https://kansascity.legistar.com/Calendar.aspx',
  'other/grand-rapids-iqm2-calendar.html':
    'https://grandrapidscitymi.iqm2.com/Citizens/Calendar.aspx?From=1/1/2026&To=12/31/2026',
  'primegov/los-angeles-primegov-api-meetings.json':
    'https://lacity.primegov.com/api/v2/PublicPortal/ListArchivedMeetings?year=2024',
  'civicclerk/mandan-nd-api-events.json': 'https://mandannd.api.civicclerk.com/v1/Events',
  'civicplus/wichita-civicplus-calendar-event.html': 'https://www.wichita.gov/Calendar.aspx?EID=12345',
  'other/las-cruces-ps-granicus-content.html': 'https://lcps.granicus.com/ViewPublisher.php?view_id=2',
  'other/dallas-isd-meetings-api.json': 'https://www.dallasisd.org/api/meetings',
  'primegov/los-angeles-primegov-portal-search.html': 'https://lacity.primegov.com/public/portal',
  'other/south-fulton-ga-novusagenda-meetings.html':
    'https://southfulton.novusagenda.com/agendapublic/meetingsresponsive.aspx',
  'other/atlanta-iqm2-calendar.html': 'https://atlantacityga.iqm2.com/Citizens/Calendar.aspx?View=List',
  'other/norcross-ga-iqm2-meeting-portal.html': 'https://norcrossga.iqm2.com/Citizens/Default.aspx',
  'boarddocs/atlanta-boe-boarddocs-public.html': 'https://go.boarddocs.com/ga/aps/Board.nsf/Public',
  'other/dekalb-county-ga-event-popup.html': 'https://www.dekalbcountyga.gov/event-popup/12345',
  'other/forest-park-ga-drupal-meetings.html': 'https://www.forestparkga.gov/meetings',
  'other/akron-iqm2-agenda-detail-aspose.html':
    'https://akroncity.iqm2.com/Citizens/Detail_Meeting.aspx?ID=1234',
  'boarddocs/akron-public-schools-boarddocs-meetings.xml':
    'https://go.boarddocs.com/oh/akron/Board.nsf/XML-ActiveMeetings',
};

/**
 * MANIFEST.tsv files the pages of platforms it has no folder for under "other"; the platform
 * its notes name (IQM2, Granicus) or, for council sites on no platform, the generic reader or none.
 */
export const SYSTEM_OF_OTHER: Record<string, string> = {
  'other/finetown-ny-digitaltowpath-meeting-detail.html': 'generic',
  'other/finetown-ny-digitaltowpath-meetings-list.html': 'generic',
  'other/south-fulton-ga-novusagenda-meetings.html': 'generic',
  'other/atlanta-iqm2-calendar.html': 'iqm2',
  'other/norcross-ga-iqm2-meeting-portal.html': 'iqm2',
  'other/grand-rapids-iqm2-calendar.html': 'iqm2',
  'other/akron-iqm2-agenda-detail-aspose.html': 'iqm2',
  'other/dekalb-county-ga-event-popup.html': 'none',
  'other/forest-park-ga-drupal-meetings.html': 'generic',
  'other/stratford-on-avon-council-home-page.html': 'none',
  'other/london-assembly-committee-meetings-2009.html': 'generic',
  'other/tulsa-granicus-viewpublisher.html': 'granicus',
  'other/las-cruces-ps-granicus-content.html': 'granicus',
  'other/dallas-isd-meetings-api.json': 'generic',
};
