using Alms.Twins.Assets;
using Alms.Twins.Fleet;

namespace Alms.Twins.Api;

/// <summary>A validated <c>GET /api/assets</c> request: the filter and the page wanted.</summary>
public sealed record AssetListRequest(AssetQuery Query, int Page, int PageSize)
{
    /// <summary>Largest page size a caller may ask for.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Deepest position a listing reaches: every directory partition returns up to page × pageSize entries.</summary>
    public const int MaxDepth = 100_000;

    /// <summary>Default page size when none is given.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Validates the query string's values; on failure returns null and the errors by field.</summary>
    public static AssetListRequest? Parse(
        string? classId, string? site, string? stage, int? page, int? pageSize, out Dictionary<string, string[]> errors)
    {
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        LifecycleStage? parsedStage = null;
        if (!string.IsNullOrWhiteSpace(stage))
        {
            // Only names are taken (Enum.TryParse would also take numbers), in any letter case.
            var name = Array.Find(Enum.GetNames<LifecycleStage>(), candidate => string.Equals(candidate, stage.Trim(), StringComparison.OrdinalIgnoreCase));
            if (name is not null)
            {
                parsedStage = Enum.Parse<LifecycleStage>(name);
            }
            else
            {
                errors["stage"] = [$"'{stage}' is not a lifecycle stage; expected one of {string.Join(", ", Enum.GetNames<LifecycleStage>())}"];
            }
        }

        var pageValue = page ?? 1;
        if (pageValue < 1)
        {
            errors["page"] = ["must be 1 or more"];
        }

        var sizeValue = pageSize ?? DefaultPageSize;
        if (sizeValue is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"must be between 1 and {MaxPageSize}"];
        }

        if (errors.Count == 0 && (long)pageValue * sizeValue > MaxDepth)
        {
            errors["page"] = [$"page × pageSize must not exceed {MaxDepth}; narrow the filter instead of paging that deep"];
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var query = new AssetQuery(NullIfBlank(classId), NullIfBlank(site), parsedStage);
        return new AssetListRequest(query, pageValue, sizeValue);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
