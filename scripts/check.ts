console.log('content checks: nothing to check yet');
