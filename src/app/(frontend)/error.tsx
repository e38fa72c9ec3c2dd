'use client'

const ErrorPage = ({ reset }: { error: Error; reset: () => void }) => (
  <div className="container section">
    <h1>Đã có lỗi xảy ra</h1>
    <p>Xin lỗi, trang chưa hiển thị được. Vui lòng thử lại sau ít phút.</p>
    <button onClick={reset} type="button">
      Thử lại
    </button>
  </div>
)

export default ErrorPage
