using System.Text.Json;
using Platform.Modules.Pricing.Data;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Model;
using Platform.Modules.Pricing.Promotions;
using Platform.Sdk.Data;

namespace Platform.Modules.Pricing.Stores;

/// <summary>
/// Promotions. <c>applicability</c> and <c>parameters</c> are JSON objects (read back as objects); after
/// every write the whole promotion is checked by the engine's validator, so a stored promotion always
/// prices. Errors in the form's parameters are reported under <c>parameters.*</c>.
/// </summary>
internal sealed class PromotionStore(PricingDbContext context) : EfEntityStore<PricingDbContext, PromotionRow>(context, PricingEntities.Promotion)
{
    public const string ApplicabilityAttribute = "applicability";
    public const string ParametersAttribute = "parameters";

    private static readonly HashSet<string> HandledHere = new(StringComparer.OrdinalIgnoreCase) { ApplicabilityAttribute, ParametersAttribute };

    protected override ISet<string>? ChildAttributes => HandledHere;

    protected override Entity ToEntity(PromotionRow row)
    {
        var entity = base.ToEntity(row);
        entity[ApplicabilityAttribute] = JsonSerializer.Deserialize<JsonElement>(row.Applicability);
        entity[ParametersAttribute] = JsonSerializer.Deserialize<JsonElement>(row.Parameters);
        return entity;
    }

    protected override void ApplyToRow(Entity entity, PromotionRow row)
    {
        base.ApplyToRow(entity, row);
        if (entity.Contains(ApplicabilityAttribute))
        {
            row.Applicability = PromotionDocuments.Text(entity[ApplicabilityAttribute]);
        }
        if (entity.Contains(ParametersAttribute))
        {
            row.Parameters = PromotionDocuments.Text(entity[ParametersAttribute]);
        }
        if (row.Id == Guid.Empty)
        {
            row.Id = entity.Id;
        }
        var errors = new WriteErrors(EntityName);
        PromotionApplicability applicability = PromotionApplicability.Any;
        object? parameters = null;
        Read(errors, ApplicabilityAttribute, () => applicability = PromotionDocuments.ReadApplicability(row.Applicability));
        Read(errors, ParametersAttribute, () => parameters = PromotionDocuments.ReadParameters(row.Kind, row.Parameters));
        if (errors.Errors.Count == 0)
        {
            foreach (var error in PromotionValidator.Validate(PromotionDocuments.ToDefinition(row, applicability, parameters)))
            {
                errors.Add(ApiField(error.Field, row.Kind), error.Reason);
            }
        }
        if (errors.Errors.Count == 0 && parameters is FlashSaleParameters flashSale)
        {
            ReserveStock(row.Id, flashSale.ReservedStock ?? 0, errors);
        }
        errors.ThrowIfAny();
    }

    /// <summary>Keeps the flash sale's stock row (the units orders take atomically) at the reserved quantity.</summary>
    private void ReserveStock(Guid promotionId, int reserved, WriteErrors errors)
    {
        var stock = Context.FlashSaleStock.Find(promotionId);
        if (stock is null)
        {
            Context.FlashSaleStock.Add(new FlashSaleStockRow { PromotionId = promotionId, Reserved = reserved });
        }
        else if (reserved < stock.Sold)
        {
            errors.Add("parameters.reservedStock", $"{stock.Sold} units are already sold; reservedStock cannot be less.");
        }
        else
        {
            stock.Reserved = reserved;
        }
    }

    private static void Read(WriteErrors errors, string attribute, Action read)
    {
        try
        {
            read();
        }
        catch (JsonException e)
        {
            var path = e.Path is { Length: > 1 } p ? "." + p.TrimStart('$', '.') : "";
            errors.Add(attribute + path, $"{attribute} does not fit this promotion's kind: {e.Message.Split(" Path:", 2)[0]}");
        }
    }

    /// <summary>The API's name of an engine field: the kind's parameter object is <c>parameters</c>.</summary>
    private static string ApiField(string engineField, PromotionKind kind)
    {
        var prefix = JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
        return engineField == prefix ? ParametersAttribute
            : engineField.StartsWith(prefix + ".", StringComparison.Ordinal) ? ParametersAttribute + engineField[prefix.Length..]
            : engineField;
    }
}
