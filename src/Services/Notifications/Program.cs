using Governance.Notifications;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddNotificationsServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapNotificationsApi();
app.Run();
