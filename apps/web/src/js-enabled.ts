// GOV.UK Frontend's page template marks the body with an inline script, which the Content-Security-Policy
// refuses. This module runs before anything renders, and a browser that runs modules supports GOV.UK Frontend.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
