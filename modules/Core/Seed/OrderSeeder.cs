using System.Globalization;
using Platform.Modules.Core.Model;
using Platform.Modules.Core.Orders;

namespace Platform.Modules.Core.Seed;

/// <summary>
/// Builds the orders of the last <c>DemoMonths</c> months, ending with the current month (pro rata up to
/// now). Volume follows <see cref="Seasonality"/>; customers are drawn with a long tail so a few accounts
/// carry most revenue (ABC); the channel follows the customer type; net prices are at or below list.
/// </summary>
internal static class OrderSeeder
{
    public static void Build(DemoData data)
    {
        var customers = data.Customers.OrderByDescending(c => c.CustomerType is CustomerType.KeyAccount or CustomerType.Government)
            .ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
        var firstMonth = new DateOnly(data.Today.Year, data.Today.Month, 1).AddMonths(1 - data.Settings.DemoMonths);
        for (var m = 0; m < data.Settings.DemoMonths; m++)
        {
            var month = firstMonth.AddMonths(m);
            var isCurrent = m == data.Settings.DemoMonths - 1;
            var days = DateTime.DaysInMonth(month.Year, month.Month);
            var elapsed = isCurrent ? (data.Now - new DateTimeOffset(month.ToDateTime(TimeOnly.MinValue), DemoData.ChinaOffset)).TotalDays / days : 1.0;
            var count = (int)Math.Round(data.Settings.DemoOrdersPerMonth * Seasonality.Factor(month.Month) * elapsed);
            for (var seq = 1; seq <= Math.Max(1, count); seq++)
            {
                var orderedAt = OrderTime(data, month, days, isCurrent);
                var customer = customers[(int)(customers.Count * Math.Pow(data.Random.Next(), 1.8))];
                data.Orders.Add(BuildOrder(data, customer, orderedAt, string.Create(CultureInfo.InvariantCulture, $"SO{month:yyyyMM}{seq:D5}")));
            }
        }
    }

    private static DateTimeOffset OrderTime(DemoData data, DateOnly month, int days, bool isCurrent)
    {
        var random = data.Random;
        var lastDay = isCurrent ? data.Today.Day : days;
        var day = Seasonality.PeakDay(month.Month) is { } peak && peak <= lastDay && random.Chance(0.3)
            ? Math.Max(1, peak - random.Between(0, 2))
            : random.Between(1, lastDay);
        var local = new DateTimeOffset(month.Year, month.Month, day, random.Between(9, 21), random.Between(0, 59), random.Between(0, 59), DemoData.ChinaOffset);
        if (local > data.Now)
        {
            var monthStart = new DateTimeOffset(month.ToDateTime(TimeOnly.MinValue), DemoData.ChinaOffset);
            local = monthStart + (data.Now - monthStart) * random.Next();
        }
        return local.ToUniversalTime();
    }

    private static OrderRow BuildOrder(DemoData data, CustomerRow customer, DateTimeOffset orderedAt, string number)
    {
        var random = data.Random;
        var order = new OrderRow
        {
            Id = random.NextGuid(),
            Number = number,
            CustomerId = customer.Id,
            Channel = ChannelFor(random, customer.CustomerType),
            OrderedAt = orderedAt,
            Currency = data.Settings.DefaultCurrency,
        };
        AssignParties(data, order, customer);
        order.Status = StatusFor(random, data.Now - orderedAt);
        AddLines(data, order, customer.CustomerType, Seasonality.IsPromotionMonth(orderedAt.ToOffset(DemoData.ChinaOffset).Month));
        order.TotalAmount = MoneyRounder.Round(order.Lines.Sum(l => l.LineAmount), data.Settings);
        return order;
    }

    private static SalesChannel ChannelFor(DemoRandom random, CustomerType type)
    {
        var roll = random.Next();
        return type switch
        {
            CustomerType.Consumer => roll < 0.6 ? SalesChannel.Store : SalesChannel.Online,
            CustomerType.SmallBusiness => roll < 0.3 ? SalesChannel.Direct : roll < 0.8 ? SalesChannel.Partner : SalesChannel.Store,
            CustomerType.KeyAccount => roll < 0.7 ? SalesChannel.Direct : SalesChannel.Partner,
            _ => roll < 0.6 ? SalesChannel.Direct : SalesChannel.Partner,
        };
    }

    private static void AssignParties(DemoData data, OrderRow order, CustomerRow customer)
    {
        var random = data.Random;
        var cityId = customer.RegionId!.Value;
        var orderDate = DateOnly.FromDateTime(order.OrderedAt.ToOffset(DemoData.ChinaOffset).DateTime);
        if (order.Channel == SalesChannel.Store)
        {
            var open = data.Stores.Where(s => s.Status != StoreStatus.Planned && s.OpenedOn <= orderDate).ToList();
            var local = open.Where(s => s.RegionId == cityId).ToList();
            order.StoreId = random.Pick(local.Count > 0 ? local : open).Id;
        }
        if (order.Channel is SalesChannel.Direct or SalesChannel.Partner)
        {
            var salesRegion = data.SalesRegionOf(cityId).Id;
            var teams = data.Teams.Where(t => t.RegionId == salesRegion).Select(t => t.Id).ToList();
            var reps = data.Reps.Where(r => r.Active && teams.Contains(r.TeamId)).ToList();
            order.RepId = random.Pick(reps.Count > 0 ? reps : data.Reps).Id;
        }
        if (order.Channel == SalesChannel.Partner)
        {
            var nearby = data.Partners.Where(p => p.RegionId is { } r && data.SalesRegionOf(r).Id == data.SalesRegionOf(cityId).Id).ToList();
            order.PartnerId = random.Pick(nearby.Count > 0 ? nearby : data.Partners).Id;
        }
    }

    private static OrderStatus StatusFor(DemoRandom random, TimeSpan age) =>
        age.TotalDays < 7 ? (random.Chance(0.25) ? OrderStatus.Draft : OrderStatus.Confirmed)
        : random.Chance(0.04) ? OrderStatus.Cancelled
        : OrderStatus.Completed;

    private static void AddLines(DemoData data, OrderRow order, CustomerType type, bool promotion)
    {
        var random = data.Random;
        var (maxLines, minQty, maxQty, minDiscount, maxDiscount) = type switch
        {
            CustomerType.Consumer => (2, 1, 2, 0.00m, 0.05m),
            CustomerType.SmallBusiness => (4, 1, 10, 0.03m, 0.10m),
            CustomerType.KeyAccount => (6, 5, 60, 0.08m, 0.18m),
            _ => (6, 5, 40, 0.05m, 0.12m),
        };
        var lineCount = 1 + (int)(maxLines * Math.Pow(random.Next(), 1.5));
        var chosen = new HashSet<Guid>();
        while (order.Lines.Count < lineCount)
        {
            var (item, product) = random.PickWeighted(data.Products, p => p.Item.Popularity);
            if (!chosen.Add(product.Id))
            {
                continue;
            }
            var discount = random.Between(minDiscount, maxDiscount, 3) + (promotion ? random.Between(0.05m, 0.12m, 3) : 0m);
            var netPrice = MoneyRounder.Round(item.ListPrice * (1 - discount), data.Settings);
            var quantity = type == CustomerType.Consumer && random.Chance(0.9) ? 1 : random.Between(minQty, maxQty);
            order.Lines.Add(new OrderLineRow
            {
                Id = random.NextGuid(),
                OrderId = order.Id,
                LineNumber = order.Lines.Count + 1,
                ProductId = product.Id,
                Quantity = quantity,
                ListPrice = item.ListPrice,
                NetPrice = netPrice,
                LineAmount = MoneyRounder.LineAmount(quantity, netPrice, data.Settings),
            });
        }
    }
}
