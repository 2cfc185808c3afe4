console.log('meeting-intel');
