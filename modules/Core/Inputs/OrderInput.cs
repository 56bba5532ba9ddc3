using System.ComponentModel.DataAnnotations;
using Platform.Modules.Core.Contracts;
using Platform.Modules.Core.Inputs.Rules;
using Platform.Modules.Core.Model;
using Platform.Sdk.Http;

namespace Platform.Modules.Core.Inputs;

/// <summary>
/// Body of <c>POST/PATCH /api/core/orders</c>. <c>totalAmount</c> is computed and cannot be sent;
/// <c>lines</c> on a PATCH replaces all lines.
/// </summary>
public sealed class OrderInput
{
    /// <summary>Order number, unique.</summary>
    [Required, StringLength(FieldLengths.Code), BusinessCode]
    public string? Number { get; set; }

    /// <summary>The customer.</summary>
    [Required]
    public Guid? CustomerId { get; set; }

    /// <summary>How the order was sold; store orders need a store, partner orders a partner.</summary>
    [Required, EnumDataType(typeof(SalesChannel))]
    public SalesChannel? Channel { get; set; }

    /// <summary>The store, for store orders.</summary>
    public Guid? StoreId { get; set; }

    /// <summary>The partner, for partner orders.</summary>
    public Guid? PartnerId { get; set; }

    /// <summary>The credited sales rep.</summary>
    [References(CoreEntities.SalesRep)]
    public Guid? RepId { get; set; }

    /// <summary>When the order was placed.</summary>
    [Required]
    public DateTimeOffset? OrderedAt { get; set; }

    /// <summary>Lifecycle status; draft when omitted.</summary>
    [EnumDataType(typeof(OrderStatus))]
    public OrderStatus Status { get; set; } = OrderStatus.Draft;

    /// <summary>ISO 4217 currency; the tenant's default currency when omitted.</summary>
    [CurrencyCode]
    public string? Currency { get; set; }

    /// <summary>The order lines, at least one.</summary>
    [Required, MinLength(1, ErrorMessage = "An order needs at least one line.")]
    [ChildEntity(CoreEntities.OrderLine)]
    public IReadOnlyList<OrderLineInput>? Lines { get; set; }
}
