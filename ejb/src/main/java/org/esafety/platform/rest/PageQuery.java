package org.esafety.platform.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.esafety.platform.control.Page;

/**
 * Which page of a list: its query parameters, validated like a body. A bean rather than method
 * parameters, because Payara's OpenAPI generator fails on constraints placed on query parameters.
 * Lists with filters extend it with their own.
 */
public class PageQuery {

    @QueryParam("offset")
    @DefaultValue("0")
    @Min(value = 0, message = "Offset must be 0 or more")
    public int offset;

    @QueryParam("limit")
    @DefaultValue("50")
    @Min(value = 1, message = "Limit must be from 1 to " + Page.MAX_LIMIT)
    @Max(value = Page.MAX_LIMIT, message = "Limit must be from 1 to " + Page.MAX_LIMIT)
    public int limit;
}
